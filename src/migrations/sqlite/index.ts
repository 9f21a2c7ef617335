import * as migration_20261122_062420_initial from './20261122_062420_initial';
import * as migration_20261122_070000_search_index from './20261122_070000_search_index';

export const migrations = [
  {
    up: migration_20261122_062420_initial.up,
    down: migration_20261122_062420_initial.down,
    name: '20261122_062420_initial'
  },
  {
    up: migration_20261122_070000_search_index.up,
    down: migration_20261122_070000_search_index.down,
    name: '20261122_070000_search_index'
  },
];

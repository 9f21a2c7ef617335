import * as migration_20261122_062430_initial from './20261122_062430_initial';
import * as migration_20261122_070000_search_index from './20261122_070000_search_index';

export const migrations = [
  {
    up: migration_20261122_062430_initial.up,
    down: migration_20261122_062430_initial.down,
    name: '20261122_062430_initial'
  },
  {
    up: migration_20261122_070000_search_index.up,
    down: migration_20261122_070000_search_index.down,
    name: '20261122_070000_search_index'
  },
];

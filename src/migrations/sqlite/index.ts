import * as migration_20261122_062420_initial from './20261122_062420_initial';

export const migrations = [
  {
    up: migration_20261122_062420_initial.up,
    down: migration_20261122_062420_initial.down,
    name: '20261122_062420_initial'
  },
];

import * as migration_20261122_061341_initial from './20261122_061341_initial';

export const migrations = [
  {
    up: migration_20261122_061341_initial.up,
    down: migration_20261122_061341_initial.down,
    name: '20261122_061341_initial'
  },
];

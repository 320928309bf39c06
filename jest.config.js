// Dates' local getters play the Apps Script project's time zone in the tests: fixed to UTC, unlike the
// fake spreadsheets' Asia/Ho_Chi_Minh, so a test can tell the two apart on any machine.
process.env.TZ = 'UTC';

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json', isolatedModules: false }],
  },
  // Playwright and CLI tests start processes; two workers fit the 2-core machines, and a shared machine
  // under load can take many seconds for one of those.
  maxWorkers: 2,
  testTimeout: 60_000,
};

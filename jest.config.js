// One jest run over every workspace: each project keeps its own tests in <pkg>/test.
module.exports = {
  testTimeout: 60000,
  projects: ['<rootDir>/subgraphs/kit', '<rootDir>/subgraphs/users', '<rootDir>/subgraphs/pool', '<rootDir>/subgraphs/stats', '<rootDir>/gateway', '<rootDir>/console'],
};

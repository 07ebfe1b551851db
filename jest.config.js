// One jest run over every workspace: each project keeps its own tests in <pkg>/test.
module.exports = {
  testTimeout: 60000,
  // Most files wait on IO (HTTP between in-process services, sandbox latency, child processes), so
  // three workers keep a 2-core machine busy. Files never share ports (0 = ephemeral), data dirs
  // (mkdtemp), PostgreSQL databases (throwaway per harness) or Redis keys (a prefix per stack).
  // `npx jest --maxWorkers=1 <path>` runs files one at a time.
  maxWorkers: 3,
  projects: ['<rootDir>/subgraphs/kit', '<rootDir>/subgraphs/users', '<rootDir>/subgraphs/pool', '<rootDir>/subgraphs/stats', '<rootDir>/subgraphs/notify', '<rootDir>/gateway', '<rootDir>/console'],
};

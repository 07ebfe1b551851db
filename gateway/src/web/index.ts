export { webConfig, type WebConfig } from './config';
export { consoleOperations, mergeOperations } from './manifest';
export { withWebPages } from './pages';

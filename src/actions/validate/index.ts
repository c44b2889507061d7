import { start } from '../../runtime/start.js';

start(
  () => import('./main.js'),
  (main) => main.run(),
);

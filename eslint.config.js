import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

// The rooms of src/ and who may enter them (DESIGN §2): core/ is pure and imports only core/;
// nothing imports an action or the CLI except their entries (the CLI runs the actions); an action
// does not import another action.
const rooms = readdirSync('src', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const actions = readdirSync('src/actions');
const boundaries = {
  zones: [
    { target: './src/core', from: './src', except: ['./core'], message: 'core/ is pure: it imports only core/.' },
    {
      target: rooms.filter((room) => room !== 'actions' && room !== 'cli').map((room) => `./src/${room}`),
      from: ['./src/actions', './src/cli'],
      message: 'Only entries import actions and the CLI.',
    },
    ...actions.map((action) => ({
      target: `./src/actions/${action}`,
      from: './src/actions',
      except: [`./${action}`],
      message: 'An action does not import another action.',
    })),
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.node/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      'import-x/no-restricted-paths': ['error', boundaries],
      'import-x/no-unresolved': 'error',
    },
  },
);

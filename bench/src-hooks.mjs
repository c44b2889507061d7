// Lets a bench worker import src/ as TypeScript: src imports `./x.js`, the file is `./x.ts`.
// (Run with --experimental-transform-types: src uses TypeScript's parameter properties.)
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (error) {
      if (specifier.startsWith('.') && specifier.endsWith('.js')) return next(`${specifier.slice(0, -3)}.ts`, context);
      throw error;
    }
  },
});

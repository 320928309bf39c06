// Builds the Apps Script bundle dist/addon/Code.js from src/gas/main.ts (see ARCHITECTURE.md).
const path = require('path');
const GasPlugin = require('gas-webpack-plugin');

module.exports = {
  mode: 'production',
  context: __dirname,
  entry: './src/gas/main.ts',
  output: { path: path.resolve(__dirname, 'dist/addon'), filename: 'Code.js', clean: false },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [{ test: /\.ts$/, loader: 'esbuild-loader', options: { loader: 'ts', target: 'es2020' } }],
  },
  // Minified after the build (scripts/build.mjs), so the top-level stubs Apps Script calls survive.
  // The entry's exports are the public functions (autoGlobalExportsFiles): they must not be
  // tree-shaken or renamed as unused exports of an entry would be.
  optimization: { minimize: false, usedExports: false, mangleExports: false },
  performance: { hints: false },
  plugins: [new GasPlugin({ include: ['src/**/*.ts'], autoGlobalExportsFiles: ['src/gas/main.ts'] })],
};

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
  optimization: { minimize: false },
  performance: { hints: false },
  plugins: [new GasPlugin({ include: ['src/**/*.ts'] })],
};

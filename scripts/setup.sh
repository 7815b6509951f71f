#!/bin/sh
# npm run setup: install the dependencies with npm running on the project's own Node (the `node`
# package, Node 24 LTS), whatever Node the machine has, so no package is checked against an older
# one; then make sure a Chromium and the export tools are there.
set -eu
cd "$(dirname "$0")/.."
node_spec=$(node -p "require('./package.json').devDependencies.node")
npx --yes --package="node@$node_spec" -- npm ci --no-audit --no-fund
node_modules/.bin/node scripts/ensure-browser.ts

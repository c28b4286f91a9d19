# Sourced by the other scripts: where the tools are.
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

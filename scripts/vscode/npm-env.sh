# Sourced by setup.sh. What its own npm installs must not inherit from an outer `npm run`
# (`npm run demo`, `npm run test:all`): that npm exports its whole configuration as npm_config_*,
# among them user_agent, naming the outer npm's Node (code-server's install check reads the Node
# version from it, and refuses Node 20 while Node 24 runs the install), and loglevel=silent from
# `npm run -s`, which hides every error; npm_lifecycle_*, npm_package_* and INIT_CWD describe the
# outer project, not the tools folder. Kept: where packages come from (registry, proxy,
# certificates), so that a machine behind a mirror installs from it here too.

# Unsets the inherited npm variables, keeping the registry, proxy and certificate settings.
clean_npm_env() {
  local name
  for name in $(compgen -e); do
    case "$name" in
      npm_config_registry | npm_config_*_registry | npm_config_proxy | npm_config_https_proxy \
        | npm_config_noproxy | npm_config_cafile | npm_config_ca | npm_config_strict_ssl) ;;
      npm_config_* | NPM_CONFIG_* | npm_lifecycle_* | npm_package_* | npm_command | npm_execpath \
        | npm_node_execpath | INIT_CWD | NODE) unset "$name" ;;
    esac
  done
}

# Runs `npm install ARGS...` in DIR. Prints npm's output when it is done (at log level warn, a few
# lines); when it fails, only npm's error lines (npm's debug log holds the rest). Returns npm's status.
npm_install_in() { # DIR ARGS...
  local dir="$1" output status=0
  shift
  output="$(mktemp)"
  (cd "$dir" && npm install "$@") >"$output" 2>&1 || status=$?
  if [ "$status" -eq 0 ]; then
    cat "$output" >&2
  else
    printf '[vscode-setup] npm install %s: exit %s; npm said:\n' "$*" "$status" >&2
    { grep -E '^npm (error|ERR!)' "$output" || tail -n 20 "$output"; } | head -n 40 | sed 's/^/    /' >&2
    [ -s "$output" ] || printf '    (nothing: see the newest log in ~/.npm/_logs/)\n' >&2
  fi
  rm -f "$output"
  return "$status"
}

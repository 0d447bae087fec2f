#!/usr/bin/env bash
# Checks the Kubernetes manifests without a cluster:
#   1. installs the offline schema validator (deploy/k8s/validate, npm ci from its lock file);
#   2. renders both overlays with 'kubectl kustomize' when kubectl is installed;
#   3. runs tests/Chronicle.Deploy.Tests: rendering, deployment rules, API schemas, the renderer
#      against kubectl kustomize (skipped without kubectl), and the suite started from each
#      overlay's environment (prod needs PostgreSQL binaries, as the other PostgreSQL tests do).
# Usage: bash deploy/k8s-check.sh [--rules-only]   (--rules-only leaves out the end-to-end runs)
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in node npm dotnet; do
  command -v "$tool" >/dev/null || { echo "k8s-check: '$tool' is needed and not installed." >&2; exit 1; }
done

echo "== schema validator: npm ci in deploy/k8s/validate"
(cd deploy/k8s/validate && npm ci --no-audit --no-fund --loglevel=error)

if command -v kubectl >/dev/null; then
  for overlay in dev prod; do
    count=$(kubectl kustomize "deploy/k8s/overlays/$overlay" | grep -c '^kind:')
    echo "== kubectl kustomize overlays/$overlay: $count objects"
  done
else
  echo "== kubectl not installed: the test renderer is not compared with kustomize on this machine"
fi

filter=()
if [[ "${1:-}" == "--rules-only" ]]; then
  filter=(--filter 'FullyQualifiedName!~ManifestConfiguredSuiteTests')
fi
echo "== dotnet test tests/Chronicle.Deploy.Tests ${filter[*]}"
dotnet test tests/Chronicle.Deploy.Tests "${filter[@]}" --logger "console;verbosity=normal"

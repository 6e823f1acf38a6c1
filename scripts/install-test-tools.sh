#!/usr/bin/env bash
# Installs the Debian programs the tests drive, when missing (part of `npm test`'s setup, so a
# fresh machine needs no other step):
#   chromium                  the preview tests, the Word export's diagram and the real-VS-Code UI checks
#   pandoc                    reads the Word export back (an independent .docx reader)
#   libreoffice-writer-nogui  converts the Word export to PDF (test/cli/docx-libreoffice.test.ts)
#   poppler-utils             reads that PDF back (pdftotext, pdfinfo, pdfimages)
# One apt-get run for whatever is missing; without recommends, LibreOffice takes ~2.5 minutes.
set -euo pipefail

log() { echo "[install-test-tools] $*"; }

missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pandoc >/dev/null 2>&1 || missing+=(pandoc)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)

if [ ${#missing[@]} -eq 0 ]; then log "chromium, pandoc, LibreOffice and poppler present"; exit 0; fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  log "missing: ${missing[*]} — install these Debian/Ubuntu packages (as root: apt-get install --no-install-recommends ${missing[*]}), then run npm test again"
  exit 1
fi
log "installing ${missing[*]} (apt-get)"
start=$SECONDS
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
log "done in $((SECONDS - start)) s"

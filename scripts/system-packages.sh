#!/usr/bin/env bash
# Debian packages the tests need: Chromium (PDF and end-to-end), poppler (pdftotext/pdftoppm), xmllint,
# LibreOffice Writer without its desktop parts (the DOCX documents printed to PDF and read back: 49 packages, 84 MB to
# download, 259 MB installed, about 40 s), and a PostgreSQL server when none answers on 127.0.0.1:5432.
# Installs only what is missing.
set -euo pipefail
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v xmllint >/dev/null || need+=(libxml2-utils)
command -v java >/dev/null || need+=(default-jre-headless) # the Nu Html Checker (vnu-jar)
command -v wrk >/dev/null || need+=(wrk) # npm run bench
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx) # npm run bench: the static-file baseline
# grep -c reads all of fc-list's output: with -q it would stop early, and pipefail would take fc-list's broken pipe for "none".
[ "$(fc-list 2>/dev/null | grep -ciE 'sarabun|laksaman')" -gt 0 ] || need+=(fonts-thai-tlwg)
pg_up() { command -v pg_isready >/dev/null && pg_isready -q -h 127.0.0.1 -p 5432; }
if ! pg_up && ! command -v pg_ctlcluster >/dev/null; then need+=(postgresql); fi
# Without its recommended packages: Writer alone, no Java, no desktop integration.
lean=()
command -v soffice >/dev/null || lean+=(libreoffice-writer-nogui)
if [ ${#need[@]} -gt 0 ] || [ ${#lean[@]} -gt 0 ]; then
  echo "ติดตั้งแพ็กเกจที่จำเป็น: ${need[*]} ${lean[*]}"
  apt-get update -qq
  [ ${#need[@]} -eq 0 ] || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  [ ${#lean[@]} -eq 0 ] || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${lean[@]}" >/dev/null
fi
if ! pg_up; then
  version=$(ls /etc/postgresql | sort -n | tail -1)
  conf=/etc/postgresql/$version/main/pg_hba.conf
  # Local test server only: trust connections from this machine, as on the project's machines.
  grep -q '^host all all 127.0.0.1/32 trust' "$conf" || sed -i '1i host all all 127.0.0.1/32 trust' "$conf"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start
  for _ in $(seq 1 30); do pg_up && break; sleep 1; done
fi

"""Shared pieces of Lifeboat's benchmarks (stdlib only).

dataset  - the deterministic mixed-document data set and its generator
server   - prerequisites (lifeboat-cli, peer tools, FerretDB) and a benchmark FerretDB whose
           filled data folder is cached between runs
measure  - running a command under /usr/bin/time -v and reading wall/CPU/peak RSS
report   - medians and Markdown tables
backup   - the backup section (lifeboat-cli backup vs mongodump --gzip vs mongoexport)
restore  - the restore section (lifeboat-cli restore vs mongorestore --gzip vs mongoimport)
gui      - the GUI section (event loop stalls of the app during a backup and a restore)

A section is a function (ctx) -> list of report.Table; sections are registered in
SECTIONS in bench/backup-bench, so a restore section can be added next to backup.
"""

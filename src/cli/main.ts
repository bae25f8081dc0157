// The coaching-notes command line (stub until the CLI lands).
process.stdout.write('coaching-notes: not implemented yet\n');
process.exitCode = 2;

/** npm run bench — arrives with issue #8; until then it says so and fails, rather than pretending. */
console.error('npm run bench is not built yet (issue #8).');
process.exitCode = 2;

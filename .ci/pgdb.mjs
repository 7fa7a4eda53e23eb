// Creates or drops a throw-away database on the local PostgreSQL server: node .ci/pgdb.mjs create|drop NAME
import pg from 'pg';

const [command, name] = process.argv.slice(2);
if (!/^(create|drop)$/.test(command ?? '') || !/^[a-z0-9_]+$/.test(name ?? '')) {
  console.error('usage: node .ci/pgdb.mjs create|drop NAME');
  process.exit(2);
}
const client = new pg.Client({ connectionString: process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' });
await client.connect();
if (command === 'create') await client.query(`CREATE DATABASE ${name}`);
else await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
await client.end();

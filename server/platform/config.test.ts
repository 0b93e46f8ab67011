import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.HOST).toBe('127.0.0.1');
    expect(config.dataDir).toMatch(/data$/);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.COCREATE_DB).toBe('embedded');
    expect(config.COCREATE_DB_USER).toBeUndefined();
    expect(config.publicUrl).toBe('http://localhost:3000');
  });

  it('names every bad variable and what it expects', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain('PORT="eighty": expected a number');
    expect(message).toContain('DATABASE_URL="mysql://x": expected a postgres:// or postgresql:// URL');
    expect(message).toContain('LOG_LEVEL="loud": expected one of');
  });

  it('rejects a port out of range and treats empty values as unset', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT="70000": expected a value of at most 65535/);
    expect(loadConfig({ PORT: '', HOST: '0.0.0.0' })).toMatchObject({ PORT: 3000, HOST: '0.0.0.0' });
  });

  it('chooses the database without DATABASE_URL: the embedded server, or PGlite when asked', () => {
    expect(loadConfig({ COCREATE_DB: 'pglite' }).COCREATE_DB).toBe('pglite');
    expect(loadConfig({ COCREATE_DB_USER: 'cocreate' }).COCREATE_DB_USER).toBe('cocreate');
    expect(() => loadConfig({ COCREATE_DB: 'sqlite' })).toThrow(
      'COCREATE_DB="sqlite": expected one of "embedded", "pglite"',
    );
  });
});

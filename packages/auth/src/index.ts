export * from './password.ts';
export * from './tokens.ts';

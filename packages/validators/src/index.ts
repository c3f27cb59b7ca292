export * from './common.ts';
export * from './auth.ts';
export * from './chefs.ts';
export * from './menus.ts';
export * from './admin.ts';
export * from './form.ts';
export * from './payments.ts';
export * from './geo.ts';

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';

/*
 * A procedure's summary is the doc comment above it in its router, where an editor shows it
 * too. docs/api.md is rendered from the router and these comments; reading them needs the
 * TypeScript parser, so this module is for the docs script and tests, not the server.
 */

const SRC = new URL('./', import.meta.url);

function parse(url: URL): ts.SourceFile {
  return ts.createSourceFile(url.pathname, readFileSync(url, 'utf8'), ts.ScriptTarget.Latest, true);
}

function docOf(node: ts.Node): string | undefined {
  const text = ts
    .getJSDocCommentsAndTags(node)
    .filter(ts.isJSDoc)
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
    .join(' ');
  return text.replace(/\s+/g, ' ').trim() || undefined;
}

function objectLiteralOf(expression: ts.Expression): ts.ObjectLiteralExpression | undefined {
  if (ts.isSatisfiesExpression(expression) || ts.isAsExpression(expression)) {
    return objectLiteralOf(expression.expression);
  }
  return ts.isObjectLiteralExpression(expression) ? expression : undefined;
}

/** A router record's procedures by dotted path, nested records (`addresses: { ... }`) included. */
function proceduresOf(
  record: ts.ObjectLiteralExpression,
  prefix = '',
  procedures = new Map<string, string | undefined>(),
): Map<string, string | undefined> {
  for (const property of record.properties) {
    if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name)) continue;
    const path = prefix + property.name.text;
    const nested = objectLiteralOf(property.initializer);
    if (nested) proceduresOf(nested, `${path}.`, procedures);
    else procedures.set(path, docOf(property));
  }
  return procedures;
}

/** Every exported `xRouter = { ... }` of the domains: router name → procedure → summary. */
function routerRecords(): Map<string, Map<string, string | undefined>> {
  const records = new Map<string, Map<string, string | undefined>>();
  const domains = new URL('domains/', SRC);
  for (const domain of readdirSync(domains)) {
    const file = new URL(`${domain}/router.ts`, domains);
    if (!existsSync(file)) continue; // a domain without procedures of its own
    for (const statement of parse(file).statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        const record = declaration.initializer && objectLiteralOf(declaration.initializer);
        if (!record || !ts.isIdentifier(declaration.name)) continue;
        records.set(declaration.name.text, proceduresOf(record));
      }
    }
  }
  return records;
}

/**
 * The summary of every procedure by its public path (`admin.chefQueue`), following how
 * `root.ts` mounts each domain's routers under a namespace (directly or spread together).
 */
export function readProcedureSummaries(): Map<string, string | undefined> {
  const records = routerRecords();
  const summaries = new Map<string, string | undefined>();
  const mount = (namespace: string, router: ts.Expression) => {
    const name = ts.isIdentifier(router) ? router.text : undefined;
    const procedures = name ? records.get(name) : undefined;
    if (!procedures) throw new Error(`root.ts: cannot find the router mounted at ${namespace}`);
    for (const [procedure, summary] of procedures) {
      summaries.set(`${namespace}.${procedure}`, summary);
    }
  };
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'createTRPCRouter'
    ) {
      const root = node.arguments[0] && objectLiteralOf(node.arguments[0]);
      for (const property of root?.properties ?? []) {
        if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name)) continue;
        const namespace = property.name.text;
        const spread = objectLiteralOf(property.initializer);
        if (!spread) mount(namespace, property.initializer);
        for (const part of spread?.properties ?? []) {
          if (ts.isSpreadAssignment(part)) mount(namespace, part.expression);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(parse(new URL('root.ts', SRC)));
  return summaries;
}

// Parley's feature boundaries (docs/architecture.md), run by `npx eslint .`. Each rule is proven
// to fire, and to let the allowed case through, by tests/unit/lint/boundaries.test.ts.
import path from 'node:path';

const RENDERER = 'renderer/src/';
const ALIASES = { '#renderer/': RENDERER, '#shared/': 'shared/', '#electron/': 'electron/' };

/** The repository-relative path a specifier points at (no extension), or null for a package. */
function resolveImport(fromFile, specifier) {
  for (const [alias, dir] of Object.entries(ALIASES))
    if (specifier.startsWith(alias)) return dir + specifier.slice(alias.length);
  if (!specifier.startsWith('.')) return null;
  return path.posix.join(path.posix.dirname(fromFile), specifier);
}

/** Which part of the renderer a path is in: { area, feature, rest } (feature only under features/). */
function placeOf(file) {
  if (!file.startsWith(RENDERER)) return null;
  const parts = file.slice(RENDERER.length).split('/');
  if (parts[0] === 'features' && parts.length > 1)
    return { area: 'features', feature: parts[1], rest: parts.slice(2).join('/') };
  return { area: parts.length > 1 ? parts[0] : '', feature: null, rest: '' };
}

function relativeFilename(context) {
  return path.relative(context.cwd, context.filename).split(path.sep).join('/');
}

/** The layers below the features: they serve every feature, so they import none (nor the app). */
const BELOW_FEATURES = new Set(['commands', 'db', 'ui', 'platform']);

const featureBoundaries = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Features meet only through each other’s index.ts; lower layers import none',
    },
    messages: {
      internals:
        'Import `{{feature}}` through its public face, features/{{feature}}/index.ts (`…/features/{{feature}}`), not its internals.',
      lowerImportsFeature:
        '{{area}}/ sits below the features and serves all of them: it imports none (move what both need down here instead).',
      importsApp:
        'app/ composes the features (app/features.ts); {{area}}/ never imports it (move what is shared to ui/, commands/ or platform/).',
    },
    schema: [],
  },
  create(context) {
    const file = relativeFilename(context);
    const here = placeOf(file);
    if (!here) return {};
    function check(node, specifier) {
      if (typeof specifier !== 'string') return;
      const resolved = resolveImport(file, specifier);
      const target = resolved && placeOf(resolved);
      if (!target) return;
      const area = here.area === 'features' ? `features/${here.feature}` : here.area;
      if (target.area === 'app' && here.area !== 'app' && here.area !== '') {
        context.report({ node, messageId: 'importsApp', data: { area } });
        return;
      }
      if (target.area !== 'features') return;
      if (BELOW_FEATURES.has(here.area)) {
        context.report({ node, messageId: 'lowerImportsFeature', data: { area } });
        return;
      }
      const isPublicFace = target.rest === '' || target.rest === 'index';
      if (target.feature !== here.feature && !isPublicFace)
        context.report({ node, messageId: 'internals', data: { feature: target.feature } });
    }
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) =>
        node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

/** Dexie's writing methods, on a Table or on a Collection (`where(…).delete()`, `modify`). */
const WRITE_METHODS = new Set([
  'put',
  'add',
  'update',
  'delete',
  'bulkPut',
  'bulkAdd',
  'bulkUpdate',
  'bulkDelete',
  'clear',
  'modify',
]);

/**
 * Whether an expression reaches a table of the database: `db.cards`, `services.db.cards`,
 * `appDb().cards`, `x.table('cards')`, anything chained off those (`db.cards.where(…).equals(…)`),
 * or a local constant holding one (`const table = db.table(name)`). The database is always
 * called `db` in Parley (or reached through appDb()); a table passed around under another name
 * escapes the check, which is why the rule is a guard against slips, not a proof.
 */
function reachesTable(node, scope, seen = new Set()) {
  while (node) {
    if (node.type === 'ChainExpression' || node.type === 'TSNonNullExpression')
      node = node.expression;
    else if (node.type === 'AwaitExpression') node = node.argument;
    else if (node.type === 'CallExpression') {
      const callee = node.callee;
      if (
        callee.type === 'MemberExpression' &&
        !callee.computed &&
        callee.property.name === 'table'
      )
        return true;
      if (callee.type === 'Identifier' && callee.name === 'appDb') return true;
      node = callee.type === 'MemberExpression' ? callee.object : null;
    } else if (node.type === 'MemberExpression') {
      if (isDatabase(node.object)) return true;
      node = node.object;
    } else if (node.type === 'Identifier') {
      return reachesTableThroughVariable(node, scope, seen);
    } else return false;
  }
  return false;
}

function isDatabase(node) {
  if (node.type === 'Identifier') return node.name === 'db';
  if (node.type === 'MemberExpression' && !node.computed) return node.property.name === 'db';
  if (node.type === 'CallExpression')
    return node.callee.type === 'Identifier' && node.callee.name === 'appDb';
  return false;
}

function reachesTableThroughVariable(identifier, scope, seen) {
  for (let s = scope; s; s = s.upper) {
    const variable = s.set.get(identifier.name);
    if (!variable) continue;
    if (seen.has(variable)) return false;
    seen.add(variable);
    return variable.defs.some(
      (def) => def.type === 'Variable' && def.node.init && reachesTable(def.node.init, s, seen),
    );
  }
  return false;
}

const onlyCommandsWrite = {
  meta: {
    type: 'problem',
    docs: { description: 'Only commands write to the database' },
    messages: {
      write:
        '`.{{method}}()` writes to the database outside a command. Write through a command (renderer/src/commands, features/*/commands) so the write is in one transaction and in the undo history.',
    },
    schema: [],
  },
  create(context) {
    return {
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.computed) return;
        if (!WRITE_METHODS.has(callee.property.name)) return;
        const scope = context.sourceCode.getScope(node);
        if (reachesTable(callee.object, scope))
          context.report({ node, messageId: 'write', data: { method: callee.property.name } });
      },
    };
  },
};

export default {
  meta: { name: 'eslint-plugin-parley-boundaries' },
  rules: { 'feature-boundaries': featureBoundaries, 'only-commands-write': onlyCommandsWrite },
};

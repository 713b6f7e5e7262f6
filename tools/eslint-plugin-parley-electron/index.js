// Parley's static check for Electron misconfiguration (docs/architecture.md, "Security and
// reliability"), run by `npx eslint .` in CI. Each rule is proven to fire by
// tests/unit/lint/electronRules.test.ts.

/** webPreferences that switch off one of Electron's protections, with the value that does it. */
const INSECURE_PREFERENCES = {
  nodeIntegration: true,
  nodeIntegrationInWorker: true,
  nodeIntegrationInSubFrames: true,
  contextIsolation: false,
  sandbox: false,
  webSecurity: false,
  allowRunningInsecureContent: true,
  experimentalFeatures: true,
  webviewTag: true,
};

function keyName(property) {
  if (property.key.type === 'Identifier') return property.key.name;
  if (property.key.type === 'Literal') return String(property.key.value);
  return null;
}

const insecureWebPreferences = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid webPreferences that disable Electron security features' },
    messages: {
      insecure:
        '`{{name}}: {{value}}` turns off an Electron protection (security checklist). Use secureWebPreferences() from electron/main/windowOptions.ts.',
      blink:
        '`enableBlinkFeatures` switches on experimental Chromium features; Parley never needs them.',
    },
    schema: [],
  },
  create(context) {
    return {
      Property(node) {
        const name = keyName(node);
        if (name === 'enableBlinkFeatures') {
          context.report({ node, messageId: 'blink' });
          return;
        }
        if (!name || !Object.hasOwn(INSECURE_PREFERENCES, name)) return;
        if (node.value.type === 'Literal' && node.value.value === INSECURE_PREFERENCES[name]) {
          context.report({
            node,
            messageId: 'insecure',
            data: { name, value: String(node.value.value) },
          });
        }
      },
    };
  },
};

const noDirectBrowserWindow = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Every BrowserWindow is built from the options factory in windowOptions.ts',
    },
    messages: {
      direct:
        'Build BrowserWindow options with a factory from ./windowOptions (e.g. facilitatorWindowOptions()), so no window misses the security settings.',
    },
    schema: [],
  },
  create(context) {
    const factories = new Set();
    const isBrowserWindow = (callee) =>
      (callee.type === 'Identifier' && callee.name === 'BrowserWindow') ||
      (callee.type === 'MemberExpression' &&
        !callee.computed &&
        callee.property.name === 'BrowserWindow');
    return {
      ImportDeclaration(node) {
        if (!/(^|\/)windowOptions(\.ts)?$/.test(String(node.source.value))) return;
        for (const spec of node.specifiers)
          if (spec.type === 'ImportSpecifier') factories.add(spec.local.name);
      },
      NewExpression(node) {
        if (!isBrowserWindow(node.callee)) return;
        const [options] = node.arguments;
        const fromFactory =
          options &&
          options.type === 'CallExpression' &&
          options.callee.type === 'Identifier' &&
          factories.has(options.callee.name);
        if (!fromFactory) context.report({ node, messageId: 'direct' });
      },
    };
  },
};

const noUnvettedOpenExternal = {
  meta: {
    type: 'problem',
    docs: { description: 'shell.openExternal only behind the vetting guard' },
    messages: {
      unvetted:
        'Call openVettedExternal() from electron/main/externalLinks.ts instead: an unvetted openExternal can launch any program or file URL.',
    },
    schema: [
      {
        type: 'object',
        properties: { allowIn: { type: 'array', items: { type: 'string' } } },
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const allowIn = context.options[0]?.allowIn ?? ['electron/main/externalLinks.ts'];
    const file = context.filename.replace(/\\/g, '/');
    if (allowIn.some((allowed) => file.endsWith(allowed))) return {};
    return {
      MemberExpression(node) {
        const name = node.computed
          ? node.property.type === 'Literal'
            ? node.property.value
            : null
          : node.property.name;
        if (name === 'openExternal') context.report({ node, messageId: 'unvetted' });
      },
    };
  },
};

export default {
  meta: { name: 'eslint-plugin-parley-electron', version: '1.0.0' },
  rules: {
    'insecure-web-preferences': insecureWebPreferences,
    'no-direct-browser-window': noDirectBrowserWindow,
    'no-unvetted-open-external': noUnvettedOpenExternal,
  },
};

/**
 * The import rule of the house, checked by `npm run check` (`depcruise src tools bench scripts`).
 *
 * src/ is built in floors; a folder imports only from floors below its own (and from itself):
 *
 *   data, html  <  state, i18n  <  symbols, embed, preview  <  style, panels, export  <  map, controls
 *   <  app  <  start.ts  <  main.ts
 *
 * Two folders on the same floor do not import each other either: each has its one job. tools/, bench/ and
 * scripts/ may import src/, src/ never imports them. No import cycle anywhere.
 */
const FLOORS = [
  ['data', 'html'],
  ['state', 'i18n'],
  ['symbols', 'embed', 'preview'],
  ['style', 'panels', 'export'],
  ['map', 'controls'],
  ['app'],
  ['start.ts'],
  ['main.ts'],
];

/** `src/<name>` as a path pattern: a folder (`src/data/`) or a file at the root of src/ (`src/main.ts`). */
const pathOf = (name) => (name.endsWith('.ts') ? `^src/${name.replace('.', '\\.')}$` : `^src/${name}/`);

const upward = FLOORS.flatMap((floor, level) =>
  floor.flatMap((name) => {
    const notBelow = FLOORS.slice(level)
      .flat()
      .filter((other) => other !== name);
    if (notBelow.length === 0) return [];
    return {
      name: `src-${name.replace('.ts', '')}-imports-only-lower-floors`,
      comment: `src/${name} may import only folders on floors below its own (see .dependency-cruiser.cjs)`,
      severity: 'error',
      from: { path: pathOf(name) },
      to: { path: notBelow.map(pathOf) },
    };
  }),
);

module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'src-outside-the-floors',
      comment:
        'every file of src/ lives in a folder named in FLOORS (or is start.ts/main.ts): add new folders there',
      severity: 'error',
      from: { path: '^src/', pathNot: [...FLOORS.flat().map(pathOf), '\\.css$'] },
      to: {},
    },
    {
      name: 'src-never-imports-tools-bench-scripts-tests',
      comment: 'the page does not depend on the build, the bench, the scripts or the tests',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(tools|bench|scripts|tests)/' },
    },
    {
      name: 'no-circular',
      comment: 'no import cycle, in src/ or in tools/',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'an import that resolves to nothing',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Built output (the bench's builds, the site's) is not source: git ignores it, and so does this rule.
    exclude: { path: '(^|/)node_modules/|^bench/(out|dist-[^/]+)/|^dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.node.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.d.ts', '.json'],
    },
    moduleSystems: ['es6', 'cjs'],
  },
};

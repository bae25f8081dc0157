// The import graph of the TypeScript sources, for the layering and no-cycle tests. Imports are read
// with TypeScript's own pre-processor (no type checking, so the whole of src takes milliseconds);
// `import type` counts too: a type-only cycle still ties two modules into one.
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

/** Module (a path relative to the root, `/`-separated) -> what it imports, as written. */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

/** Every `.ts` file under `folder` (relative to `root`) and the specifiers it imports or re-exports. */
export function readImportGraph(root: string, folder: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const relative = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(relative);
      else if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
        const text = fs.readFileSync(path.join(root, relative), 'utf8');
        const { importedFiles } = ts.preProcessFile(text, true, true);
        graph.set(
          relative,
          importedFiles.map((file) => file.fileName),
        );
      }
    }
  };
  walk(folder);
  return graph;
}

/**
 * The module a relative specifier of `from` names, when it is one of the graph's (`./x` is `x.ts`
 * or `x/index.ts`); the specifier itself for a package or built-in (`vscode`, `node:fs`, `yaml`).
 */
export function resolveImport(graph: ImportGraph, from: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  const base = path.posix.join(path.posix.dirname(from), specifier);
  for (const candidate of [`${base}.ts`, `${base}/index.ts`, base]) {
    if (graph.has(candidate)) return candidate;
  }
  return base;
}

/**
 * The import cycles of the graph, one per group of modules that import each other (a strongly
 * connected component), each named as a path `a -> b -> ... -> a` through it; none when the
 * graph is a DAG. Tarjan's algorithm, iterative so that a deep chain cannot overflow the stack.
 */
export function importCycles(graph: ImportGraph): string[][] {
  const edges = new Map<string, string[]>();
  for (const [module, specifiers] of graph) {
    edges.set(
      module,
      specifiers.map((specifier) => resolveImport(graph, module, specifier)).filter((t) => graph.has(t)),
    );
  }
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const root of [...edges.keys()].sort()) {
    if (order.has(root)) continue;
    const work: { module: string; next: number }[] = [{ module: root, next: 0 }];
    order.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const targets = edges.get(frame.module) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++];
        if (!order.has(target)) {
          order.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ module: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.module, Math.min(low.get(frame.module)!, order.get(target)!));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].module;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.module)!));
      }
      if (low.get(frame.module) === order.get(frame.module)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop() as string;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.module);
        const selfImport = (edges.get(frame.module) ?? []).includes(frame.module);
        if (component.length > 1 || selfImport) components.push(component);
      }
    }
  }
  return components.map((component) => cyclePath(edges, new Set(component)));
}

/** One cycle through a strongly connected component, from its first module in sort order. */
function cyclePath(edges: ReadonlyMap<string, readonly string[]>, component: ReadonlySet<string>): string[] {
  const start = [...component].sort()[0];
  // Breadth-first from start back to start inside the component: the shortest such cycle.
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const module = queue.shift() as string;
    for (const target of edges.get(module) ?? []) {
      if (!component.has(target)) continue;
      if (target === start) {
        const cycle = [start];
        for (let at = module; at !== start; at = previous.get(at) as string) cycle.splice(1, 0, at);
        cycle.push(start);
        return cycle;
      }
      if (previous.has(target)) continue;
      previous.set(target, module);
      queue.push(target);
    }
  }
  return [start];
}

/**
 * The shortest import path from one of `modules` to a target `isForbidden` accepts (a module of the
 * graph or a package), one per module that reaches one, as `a -> b -> target`. With `direct`, only
 * each module's own imports count.
 */
export function forbiddenImports(
  graph: ImportGraph,
  modules: Iterable<string>,
  isForbidden: (target: string) => boolean,
  direct = false,
): string[] {
  const found: string[] = [];
  for (const start of modules) {
    const previous = new Map<string, string>([[start, start]]);
    const queue = [start];
    search: while (queue.length > 0) {
      const module = queue.shift() as string;
      for (const specifier of graph.get(module) ?? []) {
        const target = resolveImport(graph, module, specifier);
        if (previous.has(target)) continue;
        previous.set(target, module);
        if (isForbidden(target)) {
          const path = [target];
          for (let at = module; at !== start; at = previous.get(at) as string) path.unshift(at);
          path.unshift(start);
          found.push(path.join(' -> '));
          break search;
        }
        if (!direct && graph.has(target)) queue.push(target);
      }
    }
  }
  return found;
}

// A Vitest reporter for `npm test`'s summary: writes which tests failed (with the first line
// of their error) and which passed only when retried, to the JSON file named by
// MPP_TEST_OUTCOMES. CI keeps only the end of the log, so the summary must name them.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Reporter, TestCase, TestModule } from 'vitest/node';

interface Named {
  name: string;
  file: string;
  detail: string;
}

function firstLine(text: string | undefined): string {
  return (text ?? '').split('\n').find((line) => line.trim() !== '') ?? '';
}

export default class OutcomesReporter implements Reporter {
  private readonly failed: Named[] = [];
  private readonly retried: Named[] = [];

  onTestCaseResult(testCase: TestCase): void {
    const file = path.relative(process.cwd(), testCase.module.moduleId);
    const result = testCase.result();
    const diagnostic = testCase.diagnostic();
    if (result.state === 'failed') {
      this.failed.push({ name: testCase.fullName, file, detail: firstLine(result.errors?.[0]?.message).slice(0, 300) });
    } else if (result.state === 'passed' && diagnostic && diagnostic.retryCount > 0) {
      this.retried.push({ name: testCase.fullName, file, detail: `${diagnostic.retryCount}x diulang` });
    }
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    // A file that fails to load has no test cases; name it too.
    for (const testModule of testModules) {
      if (testModule.state() === 'failed' && [...testModule.children.allTests()].length === 0) {
        const file = path.relative(process.cwd(), testModule.moduleId);
        this.failed.push({ name: '(berkas tidak dapat dimuat)', file, detail: firstLine(testModule.errors()[0]?.message) });
      }
    }
    const target = process.env.MPP_TEST_OUTCOMES;
    if (target) writeFileSync(target, JSON.stringify({ failed: this.failed, retried: this.retried }, null, 2));
  }
}

// The generator is shared with e2e, which may not import the benchmark: it lives in core's test
// support, and the benchmark's scripts keep importing it from here.
export * from '../src/main/core/test-support/generate-store'

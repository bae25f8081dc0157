// The CLI's version, kept equal to package.json's by a unit test (the bundle cannot read package.json).
export const CLI_VERSION = '0.1.0';

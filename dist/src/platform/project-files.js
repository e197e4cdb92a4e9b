// The names of the files a project keeps ucma-codemod's settings in (read by config/, written by `new`).
/** The configuration file, looked up from the working directory upwards. */
export const CONFIG_FILE_NAME = 'ucma-codemod.config.json';
/** Ignore patterns (.gitignore syntax), beside the configuration file or in the working directory. */
export const IGNORE_FILE_NAME = '.ucma-codemodignore';

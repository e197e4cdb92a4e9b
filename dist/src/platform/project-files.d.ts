/** The configuration file, looked up from the working directory upwards. */
export declare const CONFIG_FILE_NAME = "ucma-codemod.config.json";
/** Ignore patterns (.gitignore syntax), beside the configuration file or in the working directory. */
export declare const IGNORE_FILE_NAME = ".ucma-codemodignore";

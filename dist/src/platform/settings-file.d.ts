/** True when something (a file, a link, anything) has this name; links are not followed. */
export declare function entryExists(path: string): boolean;
/**
 * The bytes of the settings file at `path`, or undefined when there is none. Throws
 * SettingsFileError for a link, a special file, a folder, a file over the size limit, or one that
 * cannot be read.
 */
export declare function readSettingsFile(path: string, maxBytes?: number): Buffer | undefined;

// Who the user is to git: the author git itself would record (GIT_AUTHOR_NAME/EMAIL, then
// user.name/user.email from the config of the repository at `cwd`), or undefined when not set.
import { git } from './run-git.js';
async function configValue(cwd, key) {
    // Exit 1 means "not set"; no git or no repository reads the user's global config or nothing.
    const value = (await git(cwd, ['config', '--get', key], { okStatuses: [0, 1] }).catch(() => '')).trim();
    return value === '' ? undefined : value;
}
export async function gitAuthorIdentity(cwd, env) {
    const name = env.GIT_AUTHOR_NAME?.trim() || (await configValue(cwd, 'user.name'));
    const email = env.GIT_AUTHOR_EMAIL?.trim() || (await configValue(cwd, 'user.email'));
    return name && email ? { name, email } : undefined;
}

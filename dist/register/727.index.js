export const id = 727;
export const ids = [727];
export const modules = {

/***/ 3727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MetaflowPlatform: () => (/* binding */ MetaflowPlatform)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/targets.ts
var core_targets = __webpack_require__(277);
// EXTERNAL MODULE: ./src/platform/log.ts
var log = __webpack_require__(4425);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/runtime/atomic-file.ts


/** Pieces are gathered up to this size before a write: few system calls, little memory. */
const WRITE_CHUNK = 1 << 16;
function writeAll(fd, text) {
    const bytes = Buffer.from(text);
    for (let offset = 0; offset < bytes.length;)
        offset += (0,external_node_fs_.writeSync)(fd, bytes, offset);
}
/**
 * Writes `text` to `file` all at once: a temporary file beside it, then a rename, so no reader ever
 * sees half a file. `text` may come in pieces (a large manifest is never held whole). `mode` is the
 * new file's permissions (e.g. to keep a config file private).
 */
function writeFileAtomically(file, text, mode) {
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
    const temporary = external_node_path_default().join(external_node_path_default().dirname(file), `.${external_node_path_default().basename(file)}.${process.pid}.${process.getBuiltinModule('node:crypto').randomBytes(4).toString('hex')}.tmp`);
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(temporary, 'w', mode);
        let pending = '';
        for (const piece of typeof text === 'string' ? [text] : text) {
            pending += piece;
            if (pending.length >= WRITE_CHUNK) {
                writeAll(fd, pending);
                pending = '';
            }
        }
        if (pending !== '')
            writeAll(fd, pending);
        (0,external_node_fs_.closeSync)(fd);
        fd = undefined;
        (0,external_node_fs_.renameSync)(temporary, file);
    }
    catch (error) {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
        (0,external_node_fs_.rmSync)(temporary, { force: true });
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/platform/metaflow/config-file.ts
/**
 * Updating keys of a Metaflow config file (`config.json` or `config_<profile>.json`: one JSON
 * object of `METAFLOW_*` keys, read by `metaflow_config_funcs.py` `init_config`) without losing
 * anything else in it.
 *
 * Read, change, write atomically (runtime/atomic-file.ts: readers see the old file or the new
 * one, never half), under a lock file beside it so two writers at once cannot lose each other's
 * keys. The file keeps its key order and its permissions; a file that is not a JSON object is
 * refused and left as it is.
 */




const realLockSeams = {
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => Date.now(),
};
const LOCK_WAIT_MS = 30_000;
/** A lock older than this was left by a writer that died; it is taken over. */
const STALE_LOCK_MS = 120_000;
function readConfig(file) {
    let text;
    let mode;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        mode = (0,external_node_fs_.statSync)(file).mode & 0o777;
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return { config: {} };
        throw new errors/* StepError */.zg(`Cannot read the Metaflow config ${file}: ${error.message}`);
    }
    let parsed;
    try {
        parsed = text.trim() === '' ? {} : JSON.parse(text);
    }
    catch (error) {
        throw new errors/* StepError */.zg(`The Metaflow config ${file} is not valid JSON (${error.message}); it was left as it is.`);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new errors/* StepError */.zg(`The Metaflow config ${file} is not a JSON object of METAFLOW_* keys; it was left as it is.`);
    }
    return { config: parsed, ...(mode !== undefined ? { mode } : {}) };
}
async function withLock(file, seams, work) {
    const lock = `${file}.lock`;
    const deadline = seams.now() + LOCK_WAIT_MS;
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
    for (;;) {
        try {
            (0,external_node_fs_.closeSync)((0,external_node_fs_.openSync)(lock, 'wx'));
            break;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
            try {
                if (Date.now() - (0,external_node_fs_.statSync)(lock).mtimeMs > STALE_LOCK_MS)
                    (0,external_node_fs_.rmSync)(lock, { force: true });
            }
            catch {
                // Released meanwhile.
            }
            if (seams.now() >= deadline) {
                throw new errors/* StepError */.zg(`Another writer holds ${lock} for more than ${LOCK_WAIT_MS / 1000} s; remove it if no other step is running.`);
            }
            await seams.sleep(20 + Math.floor(Math.random() * 30));
        }
    }
    try {
        return work();
    }
    finally {
        (0,external_node_fs_.rmSync)(lock, { force: true });
    }
}
/** Sets `values` in the config file, keeping every other key (and the key order). */
async function updateConfigFile(file, values, seams = realLockSeams) {
    return withLock(file, seams, () => {
        const { config, mode } = readConfig(file);
        const changed = Object.entries(values).some(([key, value]) => config[key] !== value);
        if (!changed)
            return { changed: false, config };
        const updated = { ...config, ...values };
        writeFileAtomically(file, `${JSON.stringify(updated, null, 4)}\n`, mode);
        return { changed: true, config: updated };
    });
}
/** The config as it is now, or an empty object when the file does not exist. */
function readConfigFile(file) {
    return readConfig(file).config;
}

// EXTERNAL MODULE: ./src/core/image-ref.ts
var image_ref = __webpack_require__(3386);
;// CONCATENATED MODULE: ./src/platform/metaflow/image.ts
/**
 * What Metaflow is told to run, from the pushed image. Pure.
 *
 * Metaflow reads `METAFLOW_DEFAULT_CONTAINER_IMAGE` and `METAFLOW_DEFAULT_CONTAINER_REGISTRY` from
 * its config file (Netflix/metaflow `metaflow/metaflow_config_funcs.py` `init_config`,
 * `metaflow/metaflow_config.py`), and prefixes the registry only to an image that names none
 * (`metaflow/plugins/kubernetes/kubernetes_decorator.py`: `if not get_docker_registry(image)`).
 * So the image is written fully qualified and pinned by digest: the registry key is there for
 * images given without one (per-step `image=` values), never a second source of truth. A tag is
 * never written: register only runs after a verified push, so the digest always exists.
 */


const IMAGE_KEY = 'METAFLOW_DEFAULT_CONTAINER_IMAGE';
const REGISTRY_KEY = 'METAFLOW_DEFAULT_CONTAINER_REGISTRY';
/** Keys that, when set, win over the defaults for @kubernetes or @batch steps (metaflow_config.py). */
const SHADOWING_KEYS = [
    'METAFLOW_KUBERNETES_CONTAINER_IMAGE',
    'METAFLOW_KUBERNETES_CONTAINER_REGISTRY',
    'METAFLOW_BATCH_CONTAINER_IMAGE',
    'METAFLOW_BATCH_CONTAINER_REGISTRY',
];
function metaflowImage(imageRef) {
    const pinned = (0,image_ref/* parsePinnedImageRef */.Sm)(imageRef);
    if (!pinned) {
        throw new errors/* InputError */.dz('image', `'${imageRef}' is not pinned by digest`, "Pass the build step's `image` output (<repository>@sha256:<64 hex>)");
    }
    const image = (0,image_ref/* formatImageRef */.kL)({ registry: pinned.registry, repository: pinned.repository, digest: pinned.digest });
    return { image, registry: pinned.registry, withOption: `--with kubernetes:image=${image}` };
}

;// CONCATENATED MODULE: ./src/platform/metaflow/adapter.ts





class MetaflowPlatform {
    options;
    name = 'metaflow';
    log;
    constructor(options) {
        this.options = options;
        this.log = options.log ?? log/* actionsLog */._;
    }
    async ensureImage(image) {
        this.log.debug(`Metaflow keeps no image records; nothing to ensure for '${image}'.`);
    }
    async createVersion(request) {
        const target = metaflowImage(request.imageRef);
        const file = this.options.configFile;
        const update = await updateConfigFile(file, { [IMAGE_KEY]: target.image, [REGISTRY_KEY]: target.registry }, this.options.lock ?? realLockSeams);
        this.log.info(update.changed
            ? `Metaflow config ${file}: ${IMAGE_KEY}=${target.image}, ${REGISTRY_KEY}=${target.registry}.`
            : `Metaflow config ${file} already names ${target.image}; nothing changed.`);
        const shadowing = SHADOWING_KEYS.filter((key) => update.config[key] !== undefined && update.config[key] !== '');
        if (shadowing.length > 0) {
            this.log.warning(`Metaflow config ${file} also sets ${shadowing.join(', ')}, which win over the default image for those steps; remove them to use ${target.image}.`);
        }
        return {
            id: target.image,
            image: request.image,
            version: request.version,
            digest: request.digest,
            imageRef: target.image,
            created: update.changed,
            outputs: { 'metaflow-image': target.image, 'metaflow-registry': target.registry, 'metaflow-with': target.withOption },
        };
    }
    async getVersion(image, version) {
        // The config holds one image and no version names: nothing maps a version name back.
        const current = readConfigFile(this.options.configFile)[IMAGE_KEY];
        this.log.debug(`Metaflow keeps no versions ('${image}' '${version}'); the config names ${String(current ?? 'no image')}.`);
        return undefined;
    }
    async attach(_version, targets) {
        if (targets.length > 0) {
            throw new errors/* StepError */.zg(`Metaflow has no compute to attach to (${targets.map(core_targets/* targetName */.je).join(', ')}): the config file is the attachment. Nothing was changed.`);
        }
        return [];
    }
}


/***/ })

};

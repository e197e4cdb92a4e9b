declare const _default: import("../src/index.js").Transform;
export default _default;

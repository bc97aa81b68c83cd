import { setup } from "./tmpGuard";
export default setup;

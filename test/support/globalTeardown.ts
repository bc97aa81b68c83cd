import { teardown } from "./tmpGuard";

export default teardown;

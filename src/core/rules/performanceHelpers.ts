// Moved to src/core/model/projects.ts; re-exported for rules written against this path.
export { projectKey, similarity, matchProject, unitMatches } from "../model/projects";

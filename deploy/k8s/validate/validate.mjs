// Reads a JSON array of rendered Kubernetes objects on stdin and validates each against the
// Kubernetes API schema of its apiVersion and kind. Prints one line per object; exits 1 when
// any object is invalid or of an unknown kind.
import { readFileSync } from "node:fs";

const objects = JSON.parse(readFileSync(0, "utf8"));
let failures = 0;
for (const object of objects) {
  const [group, version] = object.apiVersion.includes("/") ? object.apiVersion.split("/") : ["", object.apiVersion];
  const path = group === "" ? `kubernetes-models/${version}/${object.kind}` : `kubernetes-models/${group}/${version}/${object.kind}`;
  const label = `${object.kind}/${object.metadata?.name}`;
  try {
    const module = await import(path);
    const Model = module[object.kind] ?? module.default;
    new Model(object).validate();
    console.log(`valid   ${label}`);
  } catch (error) {
    failures++;
    console.log(`INVALID ${label}: ${error.message.split("\n").slice(0, 6).join(" | ")}`);
  }
}
console.log(`${objects.length - failures} valid, ${failures} invalid`);
process.exit(failures === 0 ? 0 : 1);

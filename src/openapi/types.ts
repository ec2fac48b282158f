// The OpenAPI object types the builders share. Schemas are typed with `openapi-types`
// plus `x-` vendor extensions, which its types leave out.
import type { OpenAPIV3, OpenAPIV3_1 } from "openapi-types";

export type OasVersion = "3.0" | "3.1";

/** The `openapi` field each version writes. */
export const OPENAPI_VERSION: Readonly<Record<OasVersion, string>> = { "3.0": "3.0.3", "3.1": "3.1.0" };

export type Extensions = { [key: `x-${string}`]: unknown };

/** A schema valid in both versions unless a builder is told the version. */
export type Schema = (OpenAPIV3.SchemaObject | OpenAPIV3_1.SchemaObject) & Extensions;

export type Ref = OpenAPIV3.ReferenceObject;

export type SchemaOrRef = Schema | Ref;

export type Response = OpenAPIV3.ResponseObject;

export type Header = OpenAPIV3.HeaderObject;

export type Document = OpenAPIV3.Document | OpenAPIV3_1.Document;

export const schemaRef = (name: string): Ref => ({ $ref: `#/components/schemas/${name}` });

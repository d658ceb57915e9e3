/** Workbook.properties.custom (ExcelApi 1.12): custom document properties, kept in the model and saved. */
import { Code, fail } from "./errors";
import type { DocModel } from "./model";
import { type AnyClientObject, ClientObject, type PropTable, type RequestContext } from "./proxy";

export class DocumentProperties extends ClientObject<DocModel> {
  static readonly PROPS: PropTable<DocModel> = {};
  constructor(ctx: RequestContext, parent: AnyClientObject) {
    super(ctx, "DocumentProperties", parent, (d) => d as DocModel);
    Object.preventExtensions(this);
  }
  _props(): PropTable<DocModel> {
    return DocumentProperties.PROPS;
  }
  override _navNames(): string[] {
    return ["custom"];
  }
  override _nav(name: string): AnyClientObject | null {
    return name === "custom" ? (this.custom as AnyClientObject) : null;
  }
  get custom(): CustomPropertyCollection {
    return this._child("custom", () => new CustomPropertyCollection(this.context, this));
  }
}

export class CustomPropertyCollection extends ClientObject<DocModel> {
  static readonly PROPS: PropTable<DocModel> = {};
  constructor(ctx: RequestContext, parent: AnyClientObject) {
    super(ctx, "CustomPropertyCollection", parent, (d) => d as DocModel);
    Object.preventExtensions(this);
  }
  _props(): PropTable<DocModel> {
    return CustomPropertyCollection.PROPS;
  }
  /** Sets the property, replacing one of the same key (keys are case-insensitive, at most 255 characters). */
  add(key: string, value: unknown): CustomProperty {
    return this._make(new CustomProperty(this.context), "add", "1.12", [key, value], (d) => {
      if (typeof key !== "string" || key === "" || key.length > 255) fail(Code.invalidArgument, "CustomPropertyCollection.add");
      for (const k of d.customProperties.keys()) if (k.toLowerCase() === key.toLowerCase()) d.customProperties.delete(k);
      d.customProperties.set(key, value);
      return { doc: d, key };
    });
  }
}

type PropertyT = { doc: DocModel; key: string };

/** One property (what add returns). */
export class CustomProperty extends ClientObject<PropertyT> {
  static readonly PROPS: PropTable<PropertyT> = {
    key: { api: "1.7", get: (p) => p.key },
    value: { api: "1.7", get: (p) => p.doc.customProperties.get(p.key) },
  };
  constructor(ctx: RequestContext) {
    super(ctx, "CustomProperty");
    Object.preventExtensions(this);
  }
  _props(): PropTable<PropertyT> {
    return CustomProperty.PROPS;
  }
}

import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCESS_RULE, type AccessRule } from '../../common/auth/roles.decorator';

export interface RouteRule {
  controller: string;
  handler: string;
  rule: AccessRule | undefined;
}

/** Every route handler of every controller, with the access rule it declares (if any). */
export function collectRouteRules(
  discovery: DiscoveryService,
  scanner: MetadataScanner,
  reflector: Reflector,
): RouteRule[] {
  return discovery.getControllers().flatMap((wrapper) => {
    const instance = wrapper.instance as object | undefined;
    if (!instance) return [];
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
    return scanner
      .getAllMethodNames(prototype)
      .filter((name) => Reflect.getMetadata(PATH_METADATA, prototype[name] as object) !== undefined)
      .map((name) => ({
        controller: wrapper.name,
        handler: name,
        rule: reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
          prototype[name] as () => unknown,
          wrapper.metatype as () => unknown,
        ]),
      }));
  });
}

/** The app refuses to start with a route that says nothing about who may call it. */
@Injectable()
export class AccessRulesCheck implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const missing = collectRouteRules(this.discovery, this.scanner, this.reflector).filter(
      (route) => !route.rule,
    );
    if (missing.length > 0) {
      throw new Error(
        `Routes without an access rule (@Public or @Roles): ${missing.map((r) => `${r.controller}.${r.handler}`).join(', ')}`,
      );
    }
  }
}

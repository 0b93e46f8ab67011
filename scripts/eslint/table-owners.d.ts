export declare const PLATFORM: 'platform';
export declare function declaredTables(source: string, fileName?: string): string[];
export declare function readTableOwners(root: string): Map<string, string>;
export declare function tableOwners(root: string): Map<string, string>;

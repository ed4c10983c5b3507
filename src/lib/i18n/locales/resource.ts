/** Interface strings nest by feature (`study.grade.again`); plural forms end in CLDR suffixes (`_one`, `_few`…). */
export interface Resource {
	[key: string]: string | Resource;
}

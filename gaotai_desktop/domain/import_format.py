"""The import file format: kinds, column headers in template order, required and text columns.

Shared by the importer (services) and the blank templates (files).
"""

from __future__ import annotations

ENTERPRISES = "enterprises"
INCIDENTS = "incidents"
KINDS = (ENTERPRISES, INCIDENTS)

#: (header, field) in the order of the template.
ENTERPRISE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("统一社会信用代码", "uscc"),
    ("企业名称", "name"),
    ("行业", "industry"),
    ("所属乡镇", "township"),
    ("行业主管部门", "authority"),
    ("法定代表人", "legal_representative"),
    ("联系人", "contact_person"),
    ("联系电话", "phone"),
    ("地址", "address"),
    ("职业病危害隐患", "hazard"),
    ("隐患发现日期", "hazard_date"),
    ("隐患发现单位", "hazard_source"),
    ("隐患内容", "hazard_description"),
    ("隐患文书编号", "hazard_reference"),
)
INCIDENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("事故编号", "accident_no"),
    ("统一社会信用代码", "uscc"),
    ("事故日期", "occurred_on"),
    ("事故地点", "place"),
    ("事故类别", "category"),
    ("事故经过", "description"),
    ("伤者姓名", "person_name"),
    ("身份证号", "id_number"),
    ("伤害程度", "severity"),
    ("认定结论", "outcome"),
)
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    ENTERPRISES: ENTERPRISE_COLUMNS,
    INCIDENTS: INCIDENT_COLUMNS,
}
#: Columns a file must have (other columns may be missing: their values count as empty).
REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    ENTERPRISES: ("统一社会信用代码", "企业名称"),
    INCIDENTS: ("统一社会信用代码", "事故日期", "伤者姓名"),
}
#: Columns whose cells must be text (long numbers: Excel would round them).
TEXT_COLUMNS: frozenset[str] = frozenset(
    {"统一社会信用代码", "身份证号", "事故编号", "联系电话", "隐患文书编号"}
)
#: Columns holding a date (``YYYY-MM-DD`` or an Excel date).
DATE_COLUMNS: frozenset[str] = frozenset({"事故日期", "隐患发现日期"})

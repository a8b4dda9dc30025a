"""Default reference data of 高台县 (code 620724): townships, industry authorities, GB/T 4754
industries, GB 6441 accident categories, severities. Seeded into editable lookup tables."""

from __future__ import annotations

COUNTY_NAME = "高台县"
COUNTY_CODE = "620724"
ISSUING_BODY = "高台县人力资源和社会保障局"

TOWNSHIPS: tuple[str, ...] = (
    "城关镇",
    "宣化镇",
    "南华镇",
    "巷道镇",
    "合黎镇",
    "骆驼城镇",
    "新坝镇",
    "黑泉镇",
    "罗城镇",
)

#: GB/T 4754-2017 sections (门类): letter, name.
INDUSTRIES: tuple[tuple[str, str], ...] = (
    ("A", "农林牧渔业"),
    ("B", "采矿业"),
    ("C", "制造业"),
    ("D", "电力、热力、燃气及水生产和供应业"),
    ("E", "建筑业"),
    ("F", "批发和零售业"),
    ("G", "交通运输、仓储和邮政业"),
    ("H", "住宿和餐饮业"),
    ("I", "信息传输、软件和信息技术服务业"),
    ("J", "金融业"),
    ("K", "房地产业"),
    ("L", "租赁和商务服务业"),
    ("M", "科学研究和技术服务业"),
    ("N", "水利、环境和公共设施管理业"),
    ("O", "居民服务、修理和其他服务业"),
    ("P", "教育"),
    ("Q", "卫生和社会工作"),
    ("R", "文化、体育和娱乐业"),
    ("S", "公共管理、社会保障和社会组织"),
    ("T", "国际组织"),
)

AUTHORITIES: tuple[str, ...] = (
    "县住房和城乡建设局",
    "县应急管理局",
    "县交通运输局",
    "县工业和信息化局",
    "县农业农村局",
    "县商务局",
    "县卫生健康局",
)

#: Default 送达地址 of the industry authorities: only what is known (a bureau of the county
#: government in 高台县), no guessed street; an administrator adds the street (seeded by
#: migration 0006).
AUTHORITY_ADDRESSES: dict[str, str] = {name: "甘肃省张掖市高台" + name for name in AUTHORITIES}

#: GB 6441-1986 accident categories (kept as data: GB 6441-2025 may replace it).
ACCIDENT_CATEGORIES: tuple[str, ...] = (
    "物体打击",
    "车辆伤害",
    "机械伤害",
    "起重伤害",
    "触电",
    "淹溺",
    "灼烫",
    "火灾",
    "高处坠落",
    "坍塌",
    "冒顶片帮",
    "透水",
    "放炮",
    "火药爆炸",
    "瓦斯爆炸",
    "锅炉爆炸",
    "容器爆炸",
    "其他爆炸",
    "中毒和窒息",
    "其他伤害",
)

SEVERITIES: tuple[str, ...] = ("轻伤", "重伤", "死亡")

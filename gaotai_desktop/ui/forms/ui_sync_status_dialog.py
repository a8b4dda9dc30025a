# Generated from forms/sync_status_dialog.ui by tools/build_forms.py (pyside6-uic) -- DO NOT EDIT.
# Change the form in Qt Designer and run: python tools/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_status_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SyncStatusDialog(object):
    def setupUi(self, SyncStatusDialog):
        if not SyncStatusDialog.objectName():
            SyncStatusDialog.setObjectName(u"SyncStatusDialog")
        SyncStatusDialog.resize(520, 300)
        self.mainLayout = QVBoxLayout(SyncStatusDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.roleCaption = QLabel(SyncStatusDialog)
        self.roleCaption.setObjectName(u"roleCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roleCaption)

        self.roleValue = QLabel(SyncStatusDialog)
        self.roleValue.setObjectName(u"roleValue")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.roleValue)

        self.pendingCaption = QLabel(SyncStatusDialog)
        self.pendingCaption.setObjectName(u"pendingCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pendingCaption)

        self.pendingValue = QLabel(SyncStatusDialog)
        self.pendingValue.setObjectName(u"pendingValue")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pendingValue)

        self.sentCaption = QLabel(SyncStatusDialog)
        self.sentCaption.setObjectName(u"sentCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sentCaption)

        self.sentValue = QLabel(SyncStatusDialog)
        self.sentValue.setObjectName(u"sentValue")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sentValue)

        self.receivedCaption = QLabel(SyncStatusDialog)
        self.receivedCaption.setObjectName(u"receivedCaption")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.receivedCaption)

        self.receivedValue = QLabel(SyncStatusDialog)
        self.receivedValue.setObjectName(u"receivedValue")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.receivedValue)

        self.conflictsCaption = QLabel(SyncStatusDialog)
        self.conflictsCaption.setObjectName(u"conflictsCaption")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.conflictsCaption)

        self.conflictsValue = QLabel(SyncStatusDialog)
        self.conflictsValue.setObjectName(u"conflictsValue")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.conflictsValue)

        self.peersCaption = QLabel(SyncStatusDialog)
        self.peersCaption.setObjectName(u"peersCaption")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.peersCaption)

        self.peersValue = QLabel(SyncStatusDialog)
        self.peersValue.setObjectName(u"peersValue")
        self.peersValue.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.peersValue)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.exportButton = QPushButton(SyncStatusDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonsLayout.addWidget(self.exportButton)

        self.importButton = QPushButton(SyncStatusDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttonsLayout.addWidget(self.importButton)

        self.conflictsButton = QPushButton(SyncStatusDialog)
        self.conflictsButton.setObjectName(u"conflictsButton")

        self.buttonsLayout.addWidget(self.conflictsButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)


        self.mainLayout.addLayout(self.buttonsLayout)

        self.buttonBox = QDialogButtonBox(SyncStatusDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(SyncStatusDialog)

        QMetaObject.connectSlotsByName(SyncStatusDialog)
    # setupUi

    def retranslateUi(self, SyncStatusDialog):
        SyncStatusDialog.setWindowTitle(QCoreApplication.translate("SyncStatusDialog", u"\u540c\u6b65\u72b6\u6001", None))
        self.roleCaption.setText(QCoreApplication.translate("SyncStatusDialog", u"\u672c\u673a\uff1a", None))
        self.pendingCaption.setText(QCoreApplication.translate("SyncStatusDialog", u"\u672a\u53d1\u9001\u7684\u53d8\u66f4\uff1a", None))
        self.sentCaption.setText(QCoreApplication.translate("SyncStatusDialog", u"\u6700\u8fd1\u53d1\u51fa\u7684\u540c\u6b65\u5305\uff1a", None))
        self.receivedCaption.setText(QCoreApplication.translate("SyncStatusDialog", u"\u6700\u8fd1\u6536\u5230\u7684\u540c\u6b65\u5305\uff1a", None))
        self.conflictsCaption.setText(QCoreApplication.translate("SyncStatusDialog", u"\u5f85\u5904\u7406\u7684\u51b2\u7a81\uff1a", None))
        self.peersCaption.setText(QCoreApplication.translate("SyncStatusDialog", u"\u5df2\u767b\u8bb0\u7684\u7b14\u8bb0\u672c\uff1a", None))
        self.exportButton.setText(QCoreApplication.translate("SyncStatusDialog", u"\u5bfc\u51fa\u66f4\u6539(&E)\u2026", None))
        self.importButton.setText(QCoreApplication.translate("SyncStatusDialog", u"\u5bfc\u5165\u540c\u6b65\u5305(&I)\u2026", None))
        self.conflictsButton.setText(QCoreApplication.translate("SyncStatusDialog", u"\u51b2\u7a81\u5904\u7406(&C)\u2026", None))
    # retranslateUi

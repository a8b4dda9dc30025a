# Generated from forms/delivery_dialog.ui by tools/build_forms.py (pyside6-uic) -- DO NOT EDIT.
# Change the form in Qt Designer and run: python tools/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'delivery_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from gaotai_desktop.ui.widgets.date_edit import DateEdit

class Ui_DeliveryDialog(object):
    def setupUi(self, DeliveryDialog):
        if not DeliveryDialog.objectName():
            DeliveryDialog.setObjectName(u"DeliveryDialog")
        DeliveryDialog.resize(620, 480)
        self.mainLayout = QVBoxLayout(DeliveryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.warningLabel = QLabel(DeliveryDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.warningLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.documentLabel = QLabel(DeliveryDialog)
        self.documentLabel.setObjectName(u"documentLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.documentLabel)

        self.documentCombo = QComboBox(DeliveryDialog)
        self.documentCombo.setObjectName(u"documentCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.documentCombo)

        self.deliveredOnLabel = QLabel(DeliveryDialog)
        self.deliveredOnLabel.setObjectName(u"deliveredOnLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.deliveredOnLabel)

        self.deliveredOnEdit = DateEdit(DeliveryDialog)
        self.deliveredOnEdit.setObjectName(u"deliveredOnEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.deliveredOnEdit)

        self.methodLabel = QLabel(DeliveryDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodCombo = QComboBox(DeliveryDialog)
        self.methodCombo.setObjectName(u"methodCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.recipientLabel = QLabel(DeliveryDialog)
        self.recipientLabel.setObjectName(u"recipientLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.recipientLabel)

        self.recipientEdit = QLineEdit(DeliveryDialog)
        self.recipientEdit.setObjectName(u"recipientEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.recipientEdit)

        self.proxyLabel = QLabel(DeliveryDialog)
        self.proxyLabel.setObjectName(u"proxyLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.proxyLabel)

        self.proxyEdit = QLineEdit(DeliveryDialog)
        self.proxyEdit.setObjectName(u"proxyEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.proxyEdit)

        self.refusalLabel = QLabel(DeliveryDialog)
        self.refusalLabel.setObjectName(u"refusalLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.refusalLabel)

        self.refusalEdit = QLineEdit(DeliveryDialog)
        self.refusalEdit.setObjectName(u"refusalEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.refusalEdit)

        self.witnessLabel = QLabel(DeliveryDialog)
        self.witnessLabel.setObjectName(u"witnessLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.witnessLabel)

        self.witnessEdit = QLineEdit(DeliveryDialog)
        self.witnessEdit.setObjectName(u"witnessEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.witnessEdit)

        self.noteLabel = QLabel(DeliveryDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(DeliveryDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.attachmentGroup = QGroupBox(DeliveryDialog)
        self.attachmentGroup.setObjectName(u"attachmentGroup")
        self.attachmentLayout = QHBoxLayout(self.attachmentGroup)
        self.attachmentLayout.setObjectName(u"attachmentLayout")
        self.attachmentList = QListWidget(self.attachmentGroup)
        self.attachmentList.setObjectName(u"attachmentList")
        self.attachmentList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.attachmentList.setMaximumSize(QSize(16777215, 96))

        self.attachmentLayout.addWidget(self.attachmentList)

        self.attachmentButtons = QVBoxLayout()
        self.attachmentButtons.setObjectName(u"attachmentButtons")
        self.addAttachmentButton = QPushButton(self.attachmentGroup)
        self.addAttachmentButton.setObjectName(u"addAttachmentButton")

        self.attachmentButtons.addWidget(self.addAttachmentButton)

        self.removeAttachmentButton = QPushButton(self.attachmentGroup)
        self.removeAttachmentButton.setObjectName(u"removeAttachmentButton")

        self.attachmentButtons.addWidget(self.removeAttachmentButton)

        self.attachmentSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.attachmentButtons.addItem(self.attachmentSpacer)


        self.attachmentLayout.addLayout(self.attachmentButtons)


        self.mainLayout.addWidget(self.attachmentGroup)

        self.hintLabel = QLabel(DeliveryDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.mainLayout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(DeliveryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.documentLabel.setBuddy(self.documentCombo)
        self.deliveredOnLabel.setBuddy(self.deliveredOnEdit)
        self.methodLabel.setBuddy(self.methodCombo)
        self.recipientLabel.setBuddy(self.recipientEdit)
        self.proxyLabel.setBuddy(self.proxyEdit)
        self.refusalLabel.setBuddy(self.refusalEdit)
        self.witnessLabel.setBuddy(self.witnessEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.documentCombo, self.deliveredOnEdit)
        QWidget.setTabOrder(self.deliveredOnEdit, self.methodCombo)
        QWidget.setTabOrder(self.methodCombo, self.recipientEdit)
        QWidget.setTabOrder(self.recipientEdit, self.proxyEdit)
        QWidget.setTabOrder(self.proxyEdit, self.refusalEdit)
        QWidget.setTabOrder(self.refusalEdit, self.witnessEdit)
        QWidget.setTabOrder(self.witnessEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.attachmentList)
        QWidget.setTabOrder(self.attachmentList, self.addAttachmentButton)
        QWidget.setTabOrder(self.addAttachmentButton, self.removeAttachmentButton)

        self.retranslateUi(DeliveryDialog)

        QMetaObject.connectSlotsByName(DeliveryDialog)
    # setupUi

    def retranslateUi(self, DeliveryDialog):
        DeliveryDialog.setWindowTitle(QCoreApplication.translate("DeliveryDialog", u"\u767b\u8bb0\u9001\u8fbe\uff08\u9001\u8fbe\u56de\u8bc1\uff09", None))
        self.documentLabel.setText(QCoreApplication.translate("DeliveryDialog", u"\u9001\u8fbe\u6587\u4e66(&D)*", None))
        self.deliveredOnLabel.setText(QCoreApplication.translate("DeliveryDialog", u"\u9001\u8fbe\u65e5\u671f(&T)*", None))
        self.methodLabel.setText(QCoreApplication.translate("DeliveryDialog", u"\u9001\u8fbe\u65b9\u5f0f(&M)*", None))
        self.recipientLabel.setText(QCoreApplication.translate("DeliveryDialog", u"\u7b7e\u6536\u4eba(&R)", None))
        self.recipientEdit.setPlaceholderText(QCoreApplication.translate("DeliveryDialog", u"\u5728\u9001\u8fbe\u56de\u8bc1\u4e0a\u7b7e\u540d\u6216\u76d6\u7ae0\u7684\u4eba", None))
        self.proxyLabel.setText(QCoreApplication.translate("DeliveryDialog", u"\u4ee3\u6536\u4eba\u53ca\u8eab\u4efd(&P)", None))
        self.proxyEdit.setPlaceholderText(QCoreApplication.translate("DeliveryDialog", u"\u4f8b\u5982\uff1a\u738b\u67d0\uff08\u529e\u516c\u5ba4\u4e3b\u4efb\uff09", None))
        self.refusalLabel.setText(QCoreApplication.translate("DeliveryDialog", u"\u62d2\u6536\u7406\u7531(&J)*", None))
        self.refusalEdit.setPlaceholderText(QCoreApplication.translate("DeliveryDialog", u"\u53d7\u9001\u8fbe\u4eba\u62d2\u7edd\u7b7e\u6536\u7684\u7406\u7531\u6216\u60c5\u5f62", None))
        self.witnessLabel.setText(QCoreApplication.translate("DeliveryDialog", u"\u89c1\u8bc1\u4eba(&W)*", None))
        self.witnessEdit.setPlaceholderText(QCoreApplication.translate("DeliveryDialog", u"\u89c1\u8bc1\u4eba\u59d3\u540d\u53ca\u8eab\u4efd\uff0c\u4f8b\u5982\uff1a\u6751\u59d4\u4f1a\u4e3b\u4efb\u738b\u67d0", None))
        self.noteLabel.setText(QCoreApplication.translate("DeliveryDialog", u"\u5907\u6ce8(&B)", None))
        self.attachmentGroup.setTitle(QCoreApplication.translate("DeliveryDialog", u"\u9644\u4ef6\uff08\u9001\u8fbe\u56de\u8bc1\u626b\u63cf\u4ef6\u3001\u7167\u7247\uff09", None))
        self.addAttachmentButton.setText(QCoreApplication.translate("DeliveryDialog", u"\u6dfb\u52a0\u9644\u4ef6(&A)\u2026", None))
        self.removeAttachmentButton.setText(QCoreApplication.translate("DeliveryDialog", u"\u79fb\u9664\u6240\u9009(&X)", None))
        self.hintLabel.setText(QCoreApplication.translate("DeliveryDialog", u"\u9001\u8fbe\u65e5\u671f\u5373\u53d7\u9001\u8fbe\u4eba\u6536\u5230\u6587\u4e66\u4e4b\u65e5\u3002\u9001\u8fbe\u4f01\u4e1a\u7684\u9884\u8b66\u6587\u4e66\u540e\uff0c\u4e66\u9762\u7b54\u590d\u671f\u9650\u81ea\u9001\u8fbe\u6b21\u65e5\u8d77\u7b97\uff0c\u671f\u9650\u5c4a\u6ee1\u65e5\u9022\u8282\u5047\u65e5\u987a\u5ef6\uff0c\u4fdd\u5b58\u540e\u663e\u793a\u3002", None))
    # retranslateUi
